// Page object for the hall display: what a customer reads from across the hall, and what the
// hall hears (the speech engine the page talks to; see fake-speech.ts).
import type { Page, Locator } from '@playwright/test';
import { installFakeSpeech, type SpokenUtterance } from './fake-speech.ts';

export class DisplayPage {
  readonly page: Page;
  readonly currentCall: Locator;
  readonly recentCalls: Locator;
  readonly afterHours: Locator;
  constructor(page: Page) {
    this.page = page;
    this.currentCall = page.getByTestId('current-call');
    this.recentCalls = page.getByTestId('recent-calls');
    this.afterHours = page.getByTestId('after-hours');
  }
  /** `voice: true` gives the page a Mandarin speech engine that speaks at a person's pace and records what it said. */
  async open(baseUrl: string, options: { muted?: boolean; voice?: boolean; query?: string } = {}): Promise<void> {
    if (options.voice) await installFakeSpeech(this.page);
    await this.page.goto(`${baseUrl}/display?terminal=display-e2e&muted=${options.muted ? 1 : 0}${options.query ?? ''}`);
    await this.page.getByTestId('hall-display').waitFor();
  }
  window(no: number): Locator {
    return this.page.getByTestId(`window-${no}`);
  }
  /** Everything the speech engine was asked to say, in order. */
  spoken(): Promise<SpokenUtterance[]> {
    return this.page.evaluate(() => (window as unknown as { __spoken: SpokenUtterance[] }).__spoken);
  }
}
