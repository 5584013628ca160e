import { useId, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { IconButton, Menu, MenuItem } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { saveFile } from '../../../components/export/downloadExport';
import { chartDrawing } from './chartDrawing';
import { baseNameOf, figuresCsv, type ChartFigures } from './figures';
import { standaloneSvg } from './standaloneSvg';
import { svgToPng } from './svgToPng';

type Format = 'png' | 'svg' | 'csv';

interface ChartDownloadMenuProps {
  /** The card's title, in the user's language: names the menu and heads the picture. */
  title: string;
  figures?: ChartFigures;
  /** The element holding the card's chart, read when a download is asked for. */
  drawingOf: () => HTMLElement | null;
}

/** Draws the card's chart as one standalone SVG file, as it stands on screen. */
function svgOf(title: string, container: HTMLElement | null): string {
  const { drawings, legend } = container ? chartDrawing(container) : { drawings: [], legend: [] };
  return standaloneSvg({ title, drawings, legend, fontFamily: getComputedStyle(container ?? document.body).fontFamily });
}

async function fileOf(format: Format, title: string, figures: ChartFigures | undefined, container: HTMLElement | null) {
  const name = `${baseNameOf(figures?.fileName ?? '500in5-chart')}.${format}`;
  if (format === 'csv') return new File([figuresCsv(figures!)], name, { type: 'text/csv;charset=utf-8' });
  const svg = svgOf(title, container);
  if (format === 'svg') return new File([svg], name, { type: 'image/svg+xml' });
  return new File([await svgToPng(svg)], name, { type: 'image/png' });
}

/** A card's downloads: the chart as PNG (for slides) and SVG (for print), its figures as CSV. */
export function ChartDownloadMenu({ title, figures, drawingOf }: ChartDownloadMenuProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const formats: Format[] = figures ? ['png', 'svg', 'csv'] : ['png', 'svg'];

  async function download(format: Format) {
    setAnchor(null);
    try {
      saveFile(await fileOf(format, title, figures, drawingOf()));
    } catch (error) {
      const reason = (error as Error).message;
      notify('dashboard.report.failed', { type: 'error', messageArgs: { reason: translate(reason, { _: reason }) } });
    }
  }

  return (
    <>
      <IconButton
        size="small"
        aria-label={translate('dashboard.report.download', { title })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <DownloadIcon fontSize="small" />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {formats.map((format) => (
          <MenuItem key={format} onClick={() => void download(format)}>
            {translate(`dashboard.report.${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
