import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/** Page object of the dashboard (options page). */
export class DashboardPage {
  constructor(readonly page: Page) {}

  static async open(browser: ExtensionBrowser): Promise<DashboardPage> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('heading', { name: '项目草稿' }).waitFor();
    // The local data has been read (the list or its empty state replaces the loading line).
    await page.getByText('正在读取本地数据…').waitFor({ state: 'detached' });
    return new DashboardPage(page);
  }

  /** 「载入示例」: the built-in sample applicant, shown in the draft list. */
  async loadSample(): Promise<void> {
    await this.page.getByTestId('sample-load').click();
    await this.page.getByTestId('draft-item').waitFor();
  }

  field(key: string) {
    return this.page.getByTestId(`field:${key}`);
  }

  issues(key: string) {
    return this.page.getByTestId(`issues:${key}`);
  }

  /** 新建单位: the new company's profile opens at once; back to the list from there. */
  async createCompany(name: string): Promise<void> {
    await this.page.getByTestId('company-name-input').fill(name);
    await this.page.getByTestId('company-create').click();
    await this.page.getByTestId('company-editor').waitFor();
    await this.page.getByRole('button', { name: '返回列表' }).click();
    await this.page.getByTestId('draft-create').waitFor();
  }

  async createDraft(): Promise<void> {
    await this.page.getByTestId('draft-create').click();
    await this.page.getByTestId('application-editor').waitFor();
  }

  async waitSaved(): Promise<void> {
    await this.page.getByTestId('save-state').filter({ hasText: '已自动保存' }).waitFor();
  }

  async openDraft(index = 0): Promise<void> {
    await this.page.getByTestId('draft-open').nth(index).click();
    await this.page.getByTestId('application-editor').waitFor();
  }
}
