// An SVG bar chart of each variant's ratio to native <details>, one group of bars per figure,
// on a log scale (1 = as fast / as small as native). Plain SVG with text, readable without CSS.
import { writeFileSync } from 'node:fs';

const COLOURS = { ours: '#0b5cad', shoelace: '#b35c00', govuk: '#2e7d32' };

export function writeChart(file, { machine, figures, results, variants }) {
  const shown = variants.filter((v) => v.name !== 'native');
  const ratios = figures.flatMap(([key]) =>
    shown.map((v) => results[v.name][key].ratio).filter((r) => r > 0),
  );
  const lo = Math.min(0.5, ...ratios);
  const hi = Math.max(2, ...ratios);
  const [left, width, bar, gap] = [230, 520, 14, 14];
  const x = (r) =>
    left + ((Math.log10(r) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * width;
  const groupHeight = shown.length * bar + gap;
  const top = 56;
  const height = top + figures.length * groupHeight + 60;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 90}" height="${height}" font-family="DejaVu Sans, sans-serif" font-size="12" role="img" aria-labelledby="t d">`,
    `<title id="t">Ratio to native details, per figure (log scale; lower is better)</title>`,
    `<desc id="d">${machine.date}, ${machine.cpu}, ${machine.chromium}, ${machine.repetitions} runs, ${machine.command}</desc>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="22" font-size="14" font-weight="700">Ratio to native &lt;details&gt; (log scale, lower is better)</text>`,
    `<text x="12" y="40" fill="#4b5865">${machine.date} · ${machine.cpu} · ${machine.chromium} · median of ${machine.repetitions} · ${machine.command}</text>`,
  ];
  for (const tick of [0.5, 1, 2, 5, 10, 20, 50, 100, 200].filter((t) => t >= lo && t <= hi)) {
    parts.push(
      `<line x1="${x(tick)}" x2="${x(tick)}" y1="${top - 4}" y2="${height - 50}" stroke="${tick === 1 ? '#1d2731' : '#d5dbe2'}"/>`,
      `<text x="${x(tick)}" y="${height - 36}" text-anchor="middle">×${tick}</text>`,
    );
  }
  figures.forEach(([key, label], i) => {
    const y0 = top + i * groupHeight;
    parts.push(
      `<text x="${left - 8}" y="${y0 + (shown.length * bar) / 2 + 4}" text-anchor="end">${label.replace(/</g, '&lt;')}</text>`,
    );
    shown.forEach((v, j) => {
      const r = results[v.name][key].ratio;
      const y = y0 + j * bar;
      if (!(r > 0)) {
        parts.push(
          `<text x="${left + 4}" y="${y + bar - 3}" fill="#4b5865">${v.label.replace(/</g, '&lt;')}: native is 0, no ratio (${results[v.name][key].median.toFixed(3)})</text>`,
        );
        return;
      }
      const [a, b] = [x(Math.max(r, lo)), x(1)].sort((m, n) => m - n);
      parts.push(
        `<rect x="${a}" y="${y + 1}" width="${Math.max(1, b - a)}" height="${bar - 2}" fill="${COLOURS[v.name]}"/>`,
        `<text x="${Math.max(a, b) + 4}" y="${y + bar - 3}">×${r >= 10 ? r.toFixed(0) : r.toFixed(2)}</text>`,
      );
    });
  });
  shown.forEach((v, j) => {
    parts.push(
      `<rect x="${12 + j * 200}" y="${height - 22}" width="12" height="12" fill="${COLOURS[v.name]}"/>`,
      `<text x="${28 + j * 200}" y="${height - 12}">${v.label.replace(/</g, '&lt;')}</text>`,
    );
  });
  parts.push('</svg>');
  writeFileSync(file, `${parts.join('\n')}\n`);
}
