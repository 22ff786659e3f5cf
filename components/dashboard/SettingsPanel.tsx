import { useEffect, useState } from 'react';
import type { Database } from '@/lib/store/db';
import { readSetting, writeSetting } from '@/lib/store/settings';

/** Settings the user may change: for now, whether 提交 is held while errors remain. */
export function SettingsPanel({ db }: { db: Database }) {
  const [guard, setGuard] = useState<boolean>();
  useEffect(() => {
    void readSetting(db, 'submitGuard').then(setGuard);
  }, [db]);
  if (guard === undefined) return null;
  return (
    <label className="settings__option">
      <input
        type="checkbox"
        data-testid="setting-submit-guard"
        checked={guard}
        onChange={(event) => {
          const next = event.target.checked;
          setGuard(next);
          void writeSetting(db, 'submitGuard', next);
        }}
      />
      提交前检查：申报系统页面上还有错误时，按「提交」先提醒我（不会替我提交）
    </label>
  );
}
