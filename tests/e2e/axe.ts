import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function seriousViolations(builder: AxeBuilder, screen: string): Promise<string[]> {
  const results = await builder.withTags(TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${screen}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join(', ')}`);
}

/**
 * Runs axe (WCAG 2.1 A/AA and best practices) on the page and fails on any serious or critical violation.
 * Notifications come and go with a fade that axe would catch half transparent: expectAccessibleNotification
 * checks them once fully shown, held open by the pointer.
 */
export async function expectNoSeriousViolations(page: Page, screen: string) {
  expect(await seriousViolations(new AxeBuilder({ page }).exclude('.mantine-Notifications-root'), screen)).toEqual([]);
}

/** Checks a notification once its entrance transition is over. */
export async function expectAccessibleNotification(page: Page, text: string | RegExp) {
  const notification = page.locator('.mantine-Notification-root').filter({ hasText: text });
  await expect(notification).toBeVisible();
  // Hovering pauses the auto-close, so a slow machine cannot catch the notification fading out during the scan.
  await notification.hover();
  // Fully shown: the notification and every element around it at full opacity (the entrance fades them in).
  const shownOpacity = () =>
    notification.evaluate((element) => {
      let opacity = 1;
      for (let node: Element | null = element; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
      return opacity;
    });
  await expect.poll(shownOpacity).toBe(1);
  expect(await seriousViolations(new AxeBuilder({ page }).include('.mantine-Notification-root'), `notification ${text}`)).toEqual([]);
  // Pointer away: the notification closes on its own again, as the rest of the test expects.
  await page.mouse.move(0, 0);
}
