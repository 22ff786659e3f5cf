import { useEffect, useId, useMemo, useState } from 'react';
import { browserSiteApi } from '@/lib/runtime/browser-sites';
import { addSite, listSites, removeSite } from '@/lib/runtime/sites';

/** Other 申报系统 addresses where the assistant should run, granted one by one. */
export function SitesPanel() {
  const id = useId();
  // One object for the panel's life: a new one each render would re-run the effect below,
  // whose state update renders again, without end.
  const api = useMemo(() => browserSiteApi(), []);
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string>();

  useEffect(() => {
    if (api) void listSites(api).then(setSites);
  }, [api]);

  if (!api) return <p>当前浏览器不支持添加其他网站，申报助手只在 www.xinxixiaofei.com 上运行。</p>;
  return (
    <div>
      <p>申报助手默认只在 www.xinxixiaofei.com 上运行。省级申报系统等其他网站需要逐个添加并授权：</p>
      <form
        className="new-draft__row"
        onSubmit={(event) => {
          event.preventDefault();
          // The permission prompt must come straight from the click.
          void addSite(api, input).then(async (result) => {
            setMessage(result.ok ? `已添加 ${result.host}，刷新该网站页面后即可使用。` : result.message);
            if (result.ok) {
              setInput('');
              setSites(await listSites(api));
            }
          });
        }}
      >
        <label htmlFor={`${id}-host`}>网站地址</label>
        <input
          id={`${id}-host`}
          data-testid="site-input"
          value={input}
          placeholder="例如 sbxt.example.gov.cn"
          onChange={(event) => setInput(event.target.value)}
        />
        <button type="submit" data-testid="site-add">
          添加并授权
        </button>
      </form>
      {message && (
        <p role="status" data-testid="site-message">
          {message}
        </p>
      )}
      {sites.length > 0 && (
        <ul>
          {sites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void removeSite(api, host).then(async () => setSites(await listSites(api)))}
              >
                移除
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
