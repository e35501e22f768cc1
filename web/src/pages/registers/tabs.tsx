/**
 * Tabs kept in the address (`?tab=risks`), after the WAI-ARIA tabs pattern: one tab stop for the list,
 * arrow keys (and Home, End) move between tabs and select them, the panel follows and is focusable.
 */
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { useSearchParams } from 'react-router';

export interface TabDef {
  id: string;
  label: string;
}

export function useTab(tabs: readonly TabDef[]): string {
  const [params] = useSearchParams();
  const wanted = params.get('tab');
  return tabs.find((tab) => tab.id === wanted)?.id ?? tabs[0]?.id ?? '';
}

export function Tabs(props: {
  tabs: readonly TabDef[];
  label: string;
  children: (tab: string) => ReactNode;
}) {
  const { tabs } = props;
  const [params, setParams] = useSearchParams();
  const current = useTab(tabs);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const choose = (id: string, focus: boolean) => {
    const next = new URLSearchParams(params);
    next.set('tab', id);
    setParams(next);
    if (focus) buttons.current.get(id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === current);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target];
    if (tab) choose(tab.id, true);
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => choose(tab.id, false)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`}>
        {props.children(current)}
      </div>
    </>
  );
}
