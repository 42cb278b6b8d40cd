/** Checks converted foreign records against the feed schema, as one feed. */
import type { Conversion } from './adapters/conversion.js';
import { parseFeed, type ParsedFeed } from './parse.js';
import type { Category } from './schema.js';

/**
 * Validates converted records with the feed schema. Problems, and `origins` of the kept activities,
 * point at the foreign record's position in its source.
 */
export function validate(conversion: Conversion, categories: Category[]): ParsedFeed & { origins: number[] } {
  const { feed, problems } = parseFeed({ version: 1, categories, activities: conversion.activities });
  // A category only a dropped record had would be a filter that finds nothing.
  const used = new Set(feed.activities.flatMap((activity) => activity.categories));
  feed.categories = feed.categories.filter((category) => used.has(category.id));
  const dropped = new Set(
    problems
      .filter((problem) => problem.collection === 'activities' && problem.severity === 'dropped')
      .map((problem) => problem.index),
  );
  const located = problems.map((problem) =>
    problem.collection === 'activities'
      ? { ...problem, index: conversion.origins[problem.index] ?? problem.index }
      : problem,
  );
  return {
    feed,
    problems: [...conversion.problems, ...located],
    origins: conversion.origins.filter((_, index) => !dropped.has(index)),
  };
}
