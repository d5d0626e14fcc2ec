// A small typed wrapper around <pay-ladder> for React 19.
//
// Why no @lit/react: React 19 supports custom elements natively. For a tag with a dash it sets a
// prop as a *property* when the element has one (`scenario`, `data`, `hideChart` …) and as an
// attribute otherwise, and a function prop named `on<event-name>` becomes
// `addEventListener('<event-name>', …)`. So `<pay-ladder scenario={…} onpay-ladder-change={…}>`
// just works, and @lit/react (made for React ≤ 18, which only set attributes and ignored custom
// events) would add a dependency and a layer for nothing. What React cannot know is the types:
// the JSX declaration below gives them, and the component gives React-style names.
import type { PayLadder as PayLadderElement, PayLadderChangeDetail, ScenarioInput } from 'pay-ladder';
// Registers <pay-ladder> before React first renders one: React 19 only sets `scenario` as a
// property on an element that is already defined (otherwise it would become an attribute).
import 'pay-ladder/define';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'pay-ladder': React.DetailedHTMLProps<React.HTMLAttributes<PayLadderElement>, PayLadderElement> & {
        scenario?: ScenarioInput;
        hideChart?: boolean;
        hideCompare?: boolean;
        hideShare?: boolean;
        'no-url-sync'?: boolean;
        'data-src'?: string;
        'onpay-ladder-change'?: (event: CustomEvent<PayLadderChangeDetail>) => void;
      };
    }
  }
}

export interface PayLadderProps {
  /** Scenario fields to apply (the rest keep their values). Keep the object stable (useMemo). */
  scenario?: ScenarioInput;
  /** Called with `{ scenario, result }` whenever the widget's valid scenario or result changes. */
  onChange?: (detail: PayLadderChangeDetail) => void;
  hideChart?: boolean;
  lang?: 'nb' | 'nn' | 'en';
}

export function PayLadder({ scenario, onChange, hideChart, lang }: PayLadderProps) {
  return (
    <pay-ladder
      // The listener comes first: setting `scenario` fires pay-ladder-change at once.
      onpay-ladder-change={onChange && ((e) => onChange(e.detail))}
      scenario={scenario}
      hideChart={hideChart}
      lang={lang}
      // The React app owns the state, so the widget leaves the page URL alone.
      no-url-sync
    />
  );
}
