import { css } from 'lit';

/**
 * The look of the printed activity plan: large, plain type (12pt body) in black on white, each activity
 * kept whole on a page. Used in the widget (shown only in print) and in the frame that prints it alone.
 */
export const planStyles = css`
  @page {
    size: A4;
    margin: 14mm 16mm;
  }
  .plan {
    color: #000;
    background: #fff;
    font-size: 12pt;
    line-height: 1.35;
  }
  .plan h1,
  .plan h2,
  .plan p {
    margin: 0;
  }
  .plan h1 {
    font-size: 22pt;
    line-height: 1.15;
  }
  .plan h2 {
    font-size: 15pt;
    line-height: 1.2;
    break-after: avoid;
  }
  .plan-header {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 8mm;
    padding-bottom: 4mm;
    border-bottom: 1.5pt solid #000;
  }
  .plan-header > div:first-child {
    display: grid;
    gap: 1.5mm;
  }
  .plan-qr {
    flex: 0 1 auto;
    display: grid;
    justify-items: end;
    gap: 1mm;
    max-width: 60mm;
    text-align: end;
  }
  .plan-qr .qr {
    display: block;
  }
  .plan-address {
    margin: 3mm 0 0;
    overflow-wrap: anywhere;
  }
  .plan-note {
    margin-top: 5mm;
    padding: 3mm 4mm;
    border: 1pt solid #000;
    break-inside: avoid;
  }
  .plan-note p {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .plan-activities {
    margin: 5mm 0 0;
    padding: 0;
    list-style: none;
  }
  .plan-activity {
    display: grid;
    gap: 1.5mm;
    padding: 4mm 0;
    border-top: 0.75pt solid #555;
    break-inside: avoid;
  }
  .plan-activity:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .plan table {
    border-collapse: collapse;
    width: 100%;
  }
  .plan th,
  .plan td {
    padding: 0.75mm 0;
    vertical-align: top;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .plan th {
    width: 38mm;
    padding-inline-end: 3mm;
    font-weight: 700;
  }
  .plan .line {
    display: block;
  }
  .plan .stale {
    font-weight: 700;
  }
`;
