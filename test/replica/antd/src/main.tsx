import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createRoot } from 'react-dom/client';
import { DeclareApp } from './App';

dayjs.locale('zh-cn');

const FONT = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <ConfigProvider
      locale={zhCN}
      theme={{ token: { fontFamily: FONT, colorPrimary: '#1456b8', borderRadius: 4 } }}
    >
      <App>
        <DeclareApp />
      </App>
    </ConfigProvider>,
  );
}
