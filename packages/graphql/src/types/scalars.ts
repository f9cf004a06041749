import { invalid } from '@grassroots/core';
import { builder } from '../builder.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

builder.scalarType('DateTime', {
  description: 'An instant in UTC, ISO 8601 (2021-06-30T08:00:00.000Z).',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw invalid('', 'Expected an ISO 8601 date-time such as 2021-06-30T08:00:00Z.');
    }
    return new Date(value).toISOString();
  },
});

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || !DATE.test(value)) {
      throw invalid('', 'Expected a date as YYYY-MM-DD.');
    }
    return value;
  },
});
