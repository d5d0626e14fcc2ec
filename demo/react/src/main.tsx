import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PayLadder } from './PayLadder';

const nok = new Intl.NumberFormat('nb-NO', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });

function App() {
  const [years, setYears] = useState(0);
  const [annual, setAnnual] = useState<number | null>(null);
  // Only the fields React controls (the rest stay as the user set them in the widget). A new
  // object on every render would be set, and applied, again on every render: keep it per `years`.
  const scenario = useMemo(() => ({ yearsExperience: years }), [years]);

  return (
    <main>
      <h1>pay-ladder in React 19</h1>
      <label>
        Years of experience (React state → the widget's <code>scenario</code> property){' '}
        <input type="number" min={0} max={50} value={years} onChange={(e) => setYears(Number(e.target.value) || 0)} />
      </label>
      <p>
        Annual pay, from the widget's <code>pay-ladder-change</code> event:{' '}
        <output id="annual">{annual === null ? '…' : nok.format(annual)}</output>
      </p>
      <PayLadder scenario={scenario} onChange={(detail) => setAnnual(detail.result.current.grossAnnual)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
