// Page object for the customer display (客显) at /customer?window=N: what the customer across
// the counter reads and taps.
import type { Page, Locator } from '@playwright/test';

export class CustomerPage {
  readonly page: Page;
  readonly root: Locator;
  readonly idle: Locator;
  readonly service: Locator;
  readonly paid: Locator;
  readonly paused: Locator;
  readonly total: Locator;
  readonly received: Locator;
  readonly change: Locator;
  readonly rating: Locator;
  readonly thanks: Locator;
  readonly largeToggle: Locator;
  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('customer-display');
    this.idle = page.getByTestId('customer-idle');
    this.service = page.getByTestId('customer-service');
    this.paid = page.getByTestId('customer-paid');
    this.paused = page.getByTestId('customer-paused');
    this.total = page.getByTestId('customer-total');
    this.received = page.getByTestId('customer-received');
    this.change = page.getByTestId('customer-change');
    this.rating = page.getByTestId('customer-rating');
    this.thanks = page.getByTestId('customer-thanks');
    this.largeToggle = page.getByTestId('customer-large');
  }
  async open(baseUrl: string, windowNo: number, lang?: string): Promise<void> {
    await this.page.goto(`${baseUrl}/customer?window=${windowNo}&terminal=customer-${windowNo}${lang ? `&lang=${lang}` : ''}`);
    await this.root.waitFor();
  }
  /** A tap, as a customer's finger does it. */
  rate(point: string, score: 'satisfied' | 'fair' | 'unsatisfied'): Promise<void> {
    return this.page.getByTestId(`rate-${point}-${score}`).tap();
  }
}
