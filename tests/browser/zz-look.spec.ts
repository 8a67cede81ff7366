import { test } from '@playwright/test';
const shots: [string, string, number, number, 'light' | 'dark'][] = [
  ['home1280', '/', 1280, 1000, 'light'],
  ['article375', '/articles/territory-for-peace/', 375, 1400, 'light'],
];
for (const [name, path, width, height, colorScheme] of shots) {
  test(name, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height });
    await page.goto(path);
    await page.screenshot({ path: `/tmp/shots/${name}.png` });
  });
}
