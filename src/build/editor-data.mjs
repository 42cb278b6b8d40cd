// Editor and framework data made from dist/custom-elements.json at build time (see rollup.config.mjs),
// so what editors suggest is what the JSDoc of the components says:
// - dist/vscode.html-custom-data.json: VS Code's `html.customData` (tags, attributes, their values);
// - dist/vscode.css-custom-data.json: VS Code's `css.customData` (every `--lw-*` property and its default);
// - dist/web-types.json: JetBrains IDEs' web-types (elements, attributes, events);
// - dist/jsx.d.ts: `IntrinsicElements` for React 19 (attributes, properties and `onlw-*` events typed).

/** The elements of a manifest, with the module each is defined in. */
export const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((entry) => entry.customElement && entry.tagName),
  );

/** Literal choices written in a type (`'cards' | 'compact'`), for editors to offer. */
const choices = (type) => {
  const parts = (type?.text ?? '').split('|').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((part) => part.slice(1, -1))
    : [];
};

export function vscodeCustomData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: element.summary ?? element.description ?? '',
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        ...(choices(attribute.type).length ? { values: choices(attribute.type).map((name) => ({ name })) } : {}),
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
}

/** A CSS property's description, ending with the value it has when a page sets none. */
const withDefault = (property) =>
  [property.description, property.default && `Default: \`${property.default}\`.`].filter(Boolean).join(' ');

/** VS Code's `css.customData`: every `--lw-*` property with its default, and the tags that read it. */
export function vscodeCssCustomData(manifest) {
  const properties = new Map();
  for (const element of elementsOf(manifest)) {
    for (const property of element.cssProperties ?? []) {
      const known = properties.get(property.name) ?? { property, tags: [] };
      known.tags.push(`<${element.tagName}>`);
      properties.set(property.name, known);
    }
  }
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...properties.values()]
      .sort((a, b) => a.property.name.localeCompare(b.property.name))
      .map(({ property, tags }) => ({
        name: property.name,
        description: `${withDefault(property)} (${tags.join(', ')})`,
      })),
  };
}

export function webTypes(manifest, { name, version }) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: element.summary ?? element.description ?? '',
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            value:
              attribute.type?.text === 'boolean'
                ? { type: 'boolean', required: false }
                : {
                    type: attribute.type?.text ?? 'string',
                    ...(choices(attribute.type).length ? { kind: 'plain' } : {}),
                  },
          })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          css: {
            properties: (element.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: withDefault(property),
            })),
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
          },
        })),
      },
    },
  };
}

/** The event class a listener receives: an `lw-select` of any kind is narrowed by its `kind`. */
const eventType = (event) => (event.type?.text === 'SelectEvent' ? 'AnySelectEvent' : (event.type?.text ?? 'Event'));

export function jsxTypes(manifest) {
  const elements = elementsOf(manifest);
  const imported = new Set(elements.map((element) => element.name));
  for (const element of elements) for (const event of element.events ?? []) imported.add(eventType(event));
  imported.delete('Event');
  const lines = [
    '// Made from custom-elements.json at build time (src/build/editor-data.mjs): do not edit.',
    '// `import type {} from "linkwork/jsx"` once in a React 19 project types every <lw-*> tag in TSX.',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    `import type { ${[...imported].sort().join(', ')} } from './index.js';`,
    '',
    '/** The attributes, properties and events of one Linkwork element, as React 19 passes them. */',
    'type Props<Element extends HTMLElement, Attributes, Events> = DetailedHTMLProps<HTMLAttributes<Element>, Element> &',
    '  Partial<Attributes> & { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };',
    '',
  ];
  for (const element of elements) {
    const fields = new Set(
      (element.members ?? [])
        .filter((member) => member.kind === 'field' && !member.privacy && !member.static && !member.readonly)
        .map((member) => member.name),
    );
    const attributes = (element.attributes ?? []).map((attribute) =>
      attribute.fieldName
        ? `  '${attribute.name}': ${element.name}['${attribute.fieldName}'];`
        : `  '${attribute.name}': ${attribute.type?.text ?? 'string'};`,
    );
    const properties = [...fields]
      .filter((field) => !(element.attributes ?? []).some((attribute) => attribute.name === field))
      .map((field) => `  ${field}: ${element.name}['${field}'];`);
    const events = (element.events ?? []).map((event) => `  '${event.name}': ${eventType(event)};`);
    lines.push(
      `/** \`<${element.tagName}>\`${element.summary ? `: ${element.summary}` : ''} */`,
      `export type ${element.name}Props = Props<`,
      `  ${element.name},`,
      `  {`,
      ...attributes.map((line) => `  ${line}`),
      ...properties.map((line) => `  ${line}`),
      `  },`,
      `  {`,
      ...events.map((line) => `  ${line}`),
      `  }`,
      `>;`,
      '',
    );
  }
  lines.push(
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.map((element) => `      '${element.tagName}': ${element.name}Props;`),
    '    }',
    '  }',
    '}',
    '',
  );
  return lines.join('\n');
}
