// Events per day, stacked by PLOVER type (from /api/v1/timeline).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { colorOf } from './icons.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export class DayChart {
  constructor(canvas, { onDay }) {
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'right', labels: { boxWidth: 10, font: { size: 11 } } }, tooltip: { mode: 'index' } },
        onClick: (evt, elements) => {
          if (elements.length && onDay) onDay(this.chart.data.labels[elements[0].index]);
        },
      },
    });
  }

  /** Shows a timeline ({types, days}) with every day between the first and last filled in. */
  set(timeline) {
    const days = timeline.days || [];
    const labels = [];
    const index = new Map();
    if (days.length) {
      const last = new Date(`${days[days.length - 1].date}T00:00:00Z`);
      for (let d = new Date(`${days[0].date}T00:00:00Z`); d <= last && labels.length < 3660; d.setUTCDate(d.getUTCDate() + 1)) {
        const iso = d.toISOString().slice(0, 10);
        index.set(iso, labels.length);
        labels.push(iso);
      }
    }
    this.chart.data.labels = labels;
    this.chart.data.datasets = (timeline.types || []).map((type) => {
      const data = new Array(labels.length).fill(0);
      for (const day of days) if (index.has(day.date)) data[index.get(day.date)] = day.by_type[type] || 0;
      return { label: type, data, backgroundColor: colorOf(type), borderWidth: 0 };
    });
    this.chart.update();
  }
}
