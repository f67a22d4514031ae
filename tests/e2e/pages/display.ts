// Page object for the hall display: what a customer reads from across the hall.
import type { Page, Locator } from '@playwright/test';

export class DisplayPage {
  readonly page: Page;
  readonly currentCall: Locator;
  readonly recentCalls: Locator;
  constructor(page: Page) {
    this.page = page;
    this.currentCall = page.getByTestId('current-call');
    this.recentCalls = page.getByTestId('recent-calls');
  }
  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/display?terminal=display-e2e&muted=0`);
    await this.page.getByTestId('hall-display').waitFor();
  }
  window(no: number): Locator {
    return this.page.getByTestId(`window-${no}`);
  }
}
