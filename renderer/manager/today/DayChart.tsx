// One ECharts chart, drawn as SVG (crisp on any screen, no canvas needed), redrawn when its
// option changes and resized with its box.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export function DayChart({ title, option, empty, testId }: { title: string; option: echarts.EChartsCoreOption | null; empty: string; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || !option) return;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return (
    <figure className="day-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {option ? <div ref={box} className="day-chart__plot" /> : <p className="day-chart__empty">{empty}</p>}
    </figure>
  );
}
