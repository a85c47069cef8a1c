import { Box, Group, List, Stack, Text } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classLabels, ratioScale, valueScale } from '../../../statistics/rules/map-scale';
import { currentLocale } from '../../i18n';
import type { MapMode, MapShapes } from './queries';

export interface MapArea {
  code: string;
  name: string;
  value: number | null;
}

const HATCH = 'repeating-linear-gradient(45deg, #6e7781 0 2px, #ffffff 2px 6px)';

/**
 * The county's municipalities as SVG in the browser, coloured by value (sequential) or by the women/men
 * ratio (diverging around 1), with the same scale as the documents' maps (src/statistics/map). Each
 * municipality is a button: focus shows its value, Enter opens its series. The table is the values'
 * accessible form; the map has a text alternative naming every value as well.
 */
export function CountyMap({
  shapes,
  areas,
  mode,
  title,
  format,
  onOpen,
}: {
  shapes: MapShapes;
  areas: MapArea[];
  mode: MapMode;
  title: string;
  format: (v: number | null) => string;
  onOpen: (code: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [focused, setFocused] = useState<string | null>(null);
  const byCode = useMemo(() => new Map(areas.map((a) => [a.code, a])), [areas]);
  const scale = useMemo(() => {
    const shown = shapes.areas.map((s) => byCode.get(s.code)?.value ?? null);
    return mode === 'ratio' ? ratioScale(shown) : valueScale(shown);
  }, [shapes, byCode, mode]);
  const labels = classLabels(scale, currentLocale() === 'en' ? 'en' : 'sv');
  const what = t(mode === 'ratio' ? 'statistics.map.legendRatio' : 'statistics.map.legendValue');
  const entry = (code: string) => {
    const a = byCode.get(code);
    const name = a?.name ?? shapes.areas.find((s) => s.code === code)?.name ?? code;
    return t('statistics.map.area', { name, value: format(a?.value ?? null) });
  };
  const anyMissing = shapes.areas.some((s) => scale.classOf(byCode.get(s.code)?.value) === null);
  const focusedShape = shapes.areas.find((s) => s.code === focused);
  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      <Box style={{ flex: '1 1 240px', maxWidth: 440, minWidth: 0 }}>
        <svg
          viewBox={`-4 -4 ${shapes.width + 8} ${shapes.height + 8}`}
          width="100%"
          role="group"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          data-testid="county-map"
          style={{ display: 'block', maxHeight: 480 }}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>
            {t('statistics.map.alt', { what })} {shapes.areas.map((s) => entry(s.code)).join('; ')}.
          </desc>
          <defs>
            <pattern
              id={`${id}-missing`}
              patternUnits="userSpaceOnUse"
              width="6"
              height="6"
              patternTransform="rotate(45)"
            >
              <rect x="0" y="0" width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#6e7781" strokeWidth="2" />
            </pattern>
          </defs>
          <g stroke="#57606a" strokeWidth="0.5" strokeLinejoin="round" fillRule="evenodd">
            {shapes.areas.map((s) => {
              const k = scale.classOf(byCode.get(s.code)?.value);
              return (
                <path
                  key={s.code}
                  d={s.d}
                  data-code={s.code}
                  data-class={k ?? 'missing'}
                  fill={k === null ? `url(#${id}-missing)` : scale.classes[k].colour}
                  role="button"
                  tabIndex={0}
                  aria-label={entry(s.code)}
                  style={{ cursor: 'pointer', outline: 'none' }}
                  onFocus={() => setFocused(s.code)}
                  onBlur={() => setFocused((f) => (f === s.code ? null : f))}
                  onMouseEnter={() => setFocused(s.code)}
                  onClick={() => onOpen(s.code)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onOpen(s.code);
                    }
                  }}
                >
                  <title>{entry(s.code)}</title>
                </path>
              );
            })}
          </g>
          {focusedShape && (
            // The focused municipality's outline on top: the visible focus (SVG paths draw no outline).
            <path
              d={focusedShape.d}
              fill="none"
              stroke="#1f2328"
              strokeWidth="3"
              pointerEvents="none"
              aria-hidden="true"
            />
          )}
        </svg>
        <Text size="sm" aria-live="polite" mih="1.5em" data-testid="map-focused">
          {focused ? entry(focused) : ''}
        </Text>
      </Box>
      <Stack gap={4} style={{ flex: '0 1 220px' }}>
        <Text fw={700} size="sm">
          {what}
        </Text>
        {mode === 'ratio' && (
          <Text size="xs" c="dimmed">
            {t('statistics.map.ratioHint')}
          </Text>
        )}
        <List listStyleType="none" spacing={4} size="sm" data-testid="map-legend">
          {scale.classes.map((c, i) => (
            <List.Item key={labels[i]}>
              <Group gap="xs" wrap="nowrap">
                <Swatch background={c.colour} />
                <span>{labels[i]}</span>
              </Group>
            </List.Item>
          ))}
          {anyMissing && (
            <List.Item>
              <Group gap="xs" wrap="nowrap">
                <Swatch background={HATCH} />
                <span>{t('statistics.missing')}</span>
              </Group>
            </List.Item>
          )}
        </List>
      </Stack>
    </Group>
  );
}

function Swatch({ background }: { background: string }) {
  return (
    <span
      aria-hidden="true"
      style={{ display: 'inline-block', width: 22, height: 16, background, border: '1px solid #57606a', flex: 'none' }}
    />
  );
}
