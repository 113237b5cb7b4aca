import type { ReactNode } from 'react';

/**
 * A question answered by one choice: native radio buttons in a fieldset
 * whose legend is the question, each option a large label (≥ 48 px) that
 * arrow keys move through, as screen readers and keyboards expect.
 */
export function Choices<V extends string>(props: {
  name: string;
  legend: string;
  value: V | '';
  options: readonly { value: V; label: ReactNode }[];
  onChange: (value: V) => void;
  error?: string | null;
}) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset
      className="choices"
      aria-invalid={props.error ? true : undefined}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend className="choices-legend">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {props.error && (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

/** Says a message to screen readers as it appears (errors, answers), and shows it. */
export function Announce({ children, tone }: { children: ReactNode; tone?: 'error' }) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={tone === 'error' ? 'announce-error' : undefined}
    >
      {children}
    </div>
  );
}
