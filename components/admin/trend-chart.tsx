'use client';

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export interface TrendChartProps {
  /** Accessible name and summary of the chart. */
  label: string;
  days: string[];
  /** Stacked bars (counts), in order; `tone` picks the colour. */
  bars: Array<{ name: string; values: number[]; tone: 'good' | 'bad' | 'neutral' }>;
  /** A line on the right axis, in percent (null where undefined). */
  line: { name: string; values: Array<number | null> };
}

const PALETTES = {
  light: { good: '#15803d', bad: '#b91c1c', neutral: '#64748b', line: '#1d4ed8', text: '#334155', grid: '#e2e8f0' },
  dark: { good: '#4ade80', bad: '#f87171', neutral: '#94a3b8', line: '#93c5fd', text: '#cbd5e1', grid: '#334155' },
};

/** Daily bars with a rate line, drawn by Chart.js; follows the light or dark theme. */
export function TrendChart({ label, days, bars, line }: TrendChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const root = document.documentElement;
    const palette = () => PALETTES[root.classList.contains('dark') ? 'dark' : 'light'];
    const colors = palette();
    const chart = new Chart(canvas.current, {
      data: {
        labels: days.map((day) => day.slice(5)),
        datasets: [
          ...bars.map((bar) => ({
            type: 'bar' as const,
            label: bar.name,
            data: bar.values,
            backgroundColor: colors[bar.tone],
            stack: 'counts',
            yAxisID: 'y',
            order: 2,
          })),
          { type: 'line' as const, label: line.name, data: line.values, borderColor: colors.line, backgroundColor: colors.line, yAxisID: 'rate', order: 1, spanGaps: true, pointRadius: 2, tension: 0.2 },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true, ticks: { color: colors.text, maxRotation: 0, autoSkip: true }, grid: { color: colors.grid } },
          y: { stacked: true, beginAtZero: true, ticks: { color: colors.text, precision: 0 }, grid: { color: colors.grid } },
          rate: { position: 'right', min: 0, max: 100, ticks: { color: colors.text, callback: (value) => `${value}%` }, grid: { drawOnChartArea: false } },
        },
        plugins: { legend: { labels: { color: colors.text } } },
      },
    });
    // Re-colour when the theme class changes.
    const observer = new MutationObserver(() => {
      const next = palette();
      chart.data.datasets.forEach((dataset, index) => {
        if (dataset.type === 'line') {
          dataset.borderColor = next.line;
          dataset.backgroundColor = next.line;
        } else dataset.backgroundColor = next[bars[index]?.tone ?? 'neutral'];
      });
      for (const scale of Object.values(chart.options.scales ?? {})) {
        if (scale?.ticks) scale.ticks.color = next.text;
        if (scale?.grid) scale.grid.color = next.grid;
      }
      if (chart.options.plugins?.legend?.labels) chart.options.plugins.legend.labels.color = next.text;
      chart.update();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [days, bars, line]);

  return (
    <div className="relative h-64 w-full">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
