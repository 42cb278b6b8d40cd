import { expect } from '@open-wc/testing';
import { bankHolidayOn, bankHolidays, easterSunday, type Nation } from '../../src/schedule/bank-holidays.js';
import { calendarDay, isoDay } from '../../src/schedule/calendar-day.js';
import { nationOfPostcode } from '../../src/schedule/nation.js';

const dates = (year: number, nation: Nation) => bankHolidays(year, nation).map((holiday) => holiday.date);
const named = (year: number, nation: Nation) =>
  bankHolidays(year, nation).map((holiday) => `${holiday.date} ${holiday.name}`);

// The lists GOV.UK publishes (gov.uk/bank-holidays) for 2026 and 2027, and the same rules for 2028,
// which is not published yet.
describe('bank holidays', () => {
  it('England and Wales, 2026–2028', () => {
    expect(named(2026, 'england-and-wales')).to.deep.equal([
      '2026-01-01 New Year’s Day',
      '2026-04-03 Good Friday',
      '2026-04-06 Easter Monday',
      '2026-05-04 Early May bank holiday',
      '2026-05-25 Spring bank holiday',
      '2026-08-31 Summer bank holiday',
      '2026-12-25 Christmas Day',
      '2026-12-28 Boxing Day (substitute day)',
    ]);
    expect(named(2027, 'england-and-wales')).to.deep.equal([
      '2027-01-01 New Year’s Day',
      '2027-03-26 Good Friday',
      '2027-03-29 Easter Monday',
      '2027-05-03 Early May bank holiday',
      '2027-05-31 Spring bank holiday',
      '2027-08-30 Summer bank holiday',
      '2027-12-27 Christmas Day (substitute day)',
      '2027-12-28 Boxing Day (substitute day)',
    ]);
    expect(named(2028, 'england-and-wales')).to.deep.equal([
      '2028-01-03 New Year’s Day (substitute day)',
      '2028-04-14 Good Friday',
      '2028-04-17 Easter Monday',
      '2028-05-01 Early May bank holiday',
      '2028-05-29 Spring bank holiday',
      '2028-08-28 Summer bank holiday',
      '2028-12-25 Christmas Day',
      '2028-12-26 Boxing Day',
    ]);
  });

  it('Scotland, 2026–2028: 2 January, no Easter Monday, summer in early August, St Andrew’s Day', () => {
    expect(named(2026, 'scotland')).to.deep.equal([
      '2026-01-01 New Year’s Day',
      '2026-01-02 2nd January',
      '2026-04-03 Good Friday',
      '2026-05-04 Early May bank holiday',
      '2026-05-25 Spring bank holiday',
      '2026-06-15 World Cup bank holiday',
      '2026-08-03 Summer bank holiday',
      '2026-11-30 St Andrew’s Day',
      '2026-12-25 Christmas Day',
      '2026-12-28 Boxing Day (substitute day)',
    ]);
    expect(named(2027, 'scotland')).to.deep.equal([
      '2027-01-01 New Year’s Day',
      '2027-01-04 2nd January (substitute day)',
      '2027-03-26 Good Friday',
      '2027-05-03 Early May bank holiday',
      '2027-05-31 Spring bank holiday',
      '2027-08-02 Summer bank holiday',
      '2027-11-30 St Andrew’s Day',
      '2027-12-27 Christmas Day (substitute day)',
      '2027-12-28 Boxing Day (substitute day)',
    ]);
    expect(dates(2028, 'scotland')).to.deep.equal([
      '2028-01-03',
      '2028-01-04',
      '2028-04-14',
      '2028-05-01',
      '2028-05-29',
      '2028-08-07',
      '2028-11-30',
      '2028-12-25',
      '2028-12-26',
    ]);
  });

  it('Northern Ireland, 2026–2028: St Patrick’s Day and the Twelfth, with substitutes', () => {
    expect(named(2026, 'northern-ireland')).to.deep.equal([
      '2026-01-01 New Year’s Day',
      '2026-03-17 St Patrick’s Day',
      '2026-04-03 Good Friday',
      '2026-04-06 Easter Monday',
      '2026-05-04 Early May bank holiday',
      '2026-05-25 Spring bank holiday',
      '2026-07-13 Battle of the Boyne (Orangemen’s Day) (substitute day)',
      '2026-08-31 Summer bank holiday',
      '2026-12-25 Christmas Day',
      '2026-12-28 Boxing Day (substitute day)',
    ]);
    expect(dates(2027, 'northern-ireland')).to.deep.equal([
      '2027-01-01',
      '2027-03-17',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-07-12',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
    expect(dates(2028, 'northern-ireland')).to.deep.equal([
      '2028-01-03',
      '2028-03-17',
      '2028-04-14',
      '2028-04-17',
      '2028-05-01',
      '2028-05-29',
      '2028-07-12',
      '2028-08-28',
      '2028-12-25',
      '2028-12-26',
    ]);
  });

  it('follows GOV.UK’s order of substitutes when two holidays meet a weekend', () => {
    // 2017: 1 January a Sunday, 2 January a Monday; 2022: Christmas on a Sunday; 2021: Christmas on a Saturday.
    expect(named(2017, 'scotland').slice(0, 2)).to.deep.equal([
      '2017-01-02 2nd January',
      '2017-01-03 New Year’s Day (substitute day)',
    ]);
    expect(named(2022, 'england-and-wales').slice(-2)).to.deep.equal([
      '2022-12-26 Boxing Day',
      '2022-12-27 Christmas Day (substitute day)',
    ]);
    expect(dates(2021, 'england-and-wales').slice(-2)).to.deep.equal(['2021-12-27', '2021-12-28']);
    expect(dates(2019, 'scotland')).to.include('2019-12-02'); // St Andrew’s Day on a Saturday
  });

  it('knows the one-off days: moved holidays, the jubilee, the funeral and the coronation', () => {
    expect(named(2020, 'england-and-wales')).to.include('2020-05-08 Early May bank holiday (VE day)');
    expect(dates(2020, 'england-and-wales')).not.to.include('2020-05-04');
    expect(dates(2022, 'england-and-wales')).to.include.members(['2022-06-02', '2022-06-03', '2022-09-19']);
    expect(dates(2022, 'england-and-wales')).not.to.include('2022-05-30');
    for (const nation of ['england-and-wales', 'scotland', 'northern-ireland'] as const)
      expect(dates(2023, nation)).to.include('2023-05-08');
    expect(dates(2026, 'england-and-wales')).not.to.include('2026-06-15');
  });

  it('works out Easter by the computus', () => {
    const easter = (year: number) => isoDay(easterSunday(year));
    expect([2019, 2024, 2025, 2026, 2027, 2028, 2038].map(easter)).to.deep.equal([
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2038-04-25',
    ]);
  });

  it('answers for one day', () => {
    expect(bankHolidayOn(calendarDay(2026, 8, 3), 'scotland')?.name).to.equal('Summer bank holiday');
    expect(bankHolidayOn(calendarDay(2026, 8, 3), 'england-and-wales')).to.equal(undefined);
    expect(bankHolidayOn(calendarDay(2026, 8, 31), 'england-and-wales')?.name).to.equal('Summer bank holiday');
  });
});

describe('nation of a postcode', () => {
  it('tells Scotland, Northern Ireland and England and Wales apart', () => {
    expect(nationOfPostcode('EH1 1YZ')).to.equal('scotland');
    expect(nationOfPostcode('g2 1dy')).to.equal('scotland');
    expect(nationOfPostcode('TD1 1AA')).to.equal('scotland');
    expect(nationOfPostcode('TD15 1AA')).to.equal('england-and-wales');
    expect(nationOfPostcode('BT1 5GS')).to.equal('northern-ireland');
    expect(nationOfPostcode('CF10 1EP')).to.equal('england-and-wales');
    expect(nationOfPostcode('GL1 1AA')).to.equal('england-and-wales');
    expect(nationOfPostcode('LS1')).to.equal('england-and-wales');
  });

  it('says nothing for what is not a UK postcode, or is in a Crown dependency', () => {
    expect(nationOfPostcode('JE2 3AB')).to.equal(undefined);
    expect(nationOfPostcode('Leeds')).to.equal(undefined);
    expect(nationOfPostcode('')).to.equal(undefined);
    expect(nationOfPostcode(undefined)).to.equal(undefined);
  });
});
