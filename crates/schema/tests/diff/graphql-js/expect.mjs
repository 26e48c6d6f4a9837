// Writes what graphql-js says about two schemas, for krakenql's diff tests to compare with.
//
//   node expect.mjs changes [--skip-descriptions] OLD NEW
//     One line per change findSchemaChanges reports (without DESCRIPTION_CHANGED when asked), sorted:
//     criticality <TAB> type <TAB> schema coordinate <TAB> graphql-js's description.
//     graphql-js gives no coordinate, so it is read from the description (the patterns are
//     below, one per change type); a description no pattern reads stops the script.
//   node expect.mjs validate OLD NEW FILE...
//     One line per operation in FILEs, sorted: file <TAB> operation <TAB> old <TAB> new, where
//     old and new are `valid` or `invalid` (graphql-js `validate` of the operation together
//     with the fragments it spreads, transitively, from any of the FILEs).
//
// A schema file starting with `{` is an introspection response (buildClientSchema), anything
// else SDL (buildSchema).
import { readFileSync } from 'node:fs';
import {
  BreakingChangeType,
  DangerousChangeType,
  Kind,
  buildClientSchema,
  buildSchema,
  findSchemaChanges,
  parse,
  validate,
  visit,
} from 'graphql';

function loadSchema(path) {
  const text = readFileSync(path, 'utf8');
  if (text.trimStart().startsWith('{')) {
    const json = JSON.parse(text);
    return buildClientSchema(json.data ?? json);
  }
  return buildSchema(text);
}

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const FIELD = `${NAME}\\.${NAME}`;
const ARG = `${NAME}\\.${NAME}\\(${NAME}:\\)`;
const DIRECTIVE_ARG = `@${NAME}\\(${NAME}:\\)`;

// For each change type, the description patterns and which group is the coordinate.
const PATTERNS = {
  TYPE_REMOVED: [`^Standard scalar (${NAME}) was removed`, `^(${NAME}) was removed\\.$`],
  TYPE_ADDED: [`^(${NAME}) was added\\.$`],
  TYPE_CHANGED_KIND: [`^(${NAME}) changed from `],
  TYPE_REMOVED_FROM_UNION: [`^${NAME} was removed from union type (${NAME})\\.$`],
  TYPE_ADDED_TO_UNION: [`^${NAME} was added to union type (${NAME})\\.$`],
  VALUE_REMOVED_FROM_ENUM: [`^Enum value (${FIELD}) was removed\\.$`],
  VALUE_ADDED_TO_ENUM: [`^Enum value (${FIELD}) was added\\.$`],
  REQUIRED_INPUT_FIELD_ADDED: [`^A required field (${FIELD}) was added\\.$`],
  OPTIONAL_INPUT_FIELD_ADDED: [`^An optional field (${FIELD}) was added\\.$`],
  IMPLEMENTED_INTERFACE_REMOVED: [`^(${NAME}) no longer implements interface `],
  IMPLEMENTED_INTERFACE_ADDED: [`^${NAME} added to interfaces implemented by (${NAME})\\.$`],
  FIELD_REMOVED: [`^Field (${FIELD}) was removed\\.$`],
  FIELD_ADDED: [`^Field (${FIELD}) was added\\.$`],
  FIELD_CHANGED_KIND: [`^Field (${FIELD}) changed type from `],
  FIELD_CHANGED_KIND_SAFE: [`^Field (${FIELD}) changed type from `],
  REQUIRED_ARG_ADDED: [`^A required argument (${ARG}|${DIRECTIVE_ARG}) was added\\.$`],
  OPTIONAL_ARG_ADDED: [`^An optional argument (${ARG}) was added\\.$`],
  OPTIONAL_DIRECTIVE_ARG_ADDED: [`^An optional argument (${DIRECTIVE_ARG}) was added\\.$`],
  REQUIRED_DIRECTIVE_ARG_ADDED: [`^A required argument (${DIRECTIVE_ARG}) was added\\.$`],
  ARG_REMOVED: [`^Argument (${ARG}) was removed\\.$`],
  DIRECTIVE_ARG_REMOVED: [`^Argument (${DIRECTIVE_ARG}) was removed\\.$`],
  ARG_CHANGED_KIND: [`^Argument (${ARG}|${DIRECTIVE_ARG}) has changed type from `],
  ARG_CHANGED_KIND_SAFE: [`^Argument (${ARG}|${DIRECTIVE_ARG}) has changed type from `],
  ARG_DEFAULT_VALUE_CHANGE: [`^@?(${ARG}|${NAME}\\(${NAME}:\\)) (defaultValue was removed|has changed defaultValue)`],
  ARG_DEFAULT_VALUE_ADDED: [`^@?(${ARG}|${NAME}\\(${NAME}:\\)) added a defaultValue`],
  INPUT_FIELD_DEFAULT_VALUE_CHANGE: [`^(${FIELD}) (defaultValue was removed|has changed defaultValue)`],
  INPUT_FIELD_DEFAULT_VALUE_ADDED: [`^(${FIELD}) added a defaultValue`],
  DIRECTIVE_REMOVED: [`^Directive (@${NAME}) was removed\\.$`],
  DIRECTIVE_ADDED: [`^Directive (@${NAME}) was added\\.$`],
  DIRECTIVE_REPEATABLE_REMOVED: [`^Repeatable flag was removed from (@${NAME})\\.$`],
  DIRECTIVE_REPEATABLE_ADDED: [`^Repeatable flag was added to (@${NAME})\\.$`],
  DIRECTIVE_LOCATION_REMOVED: [`^[A-Z_]+ was removed from (@${NAME})\\.$`],
  DIRECTIVE_LOCATION_ADDED: [`^[A-Z_]+ was added to (@${NAME})\\.$`],
  DESCRIPTION_CHANGED: [
    `^Description of (?:field |input-field |enum value |argument )?(@?${ARG}|@?${FIELD}|@?${NAME}(?:\\(${NAME}\\))?) has changed`,
  ],
};

function coordinate(change) {
  for (const pattern of PATTERNS[change.type] ?? []) {
    const match = new RegExp(pattern, 's').exec(change.description);
    if (match) {
      // graphql-js prints a directive's default-value changes without the `@`.
      return change.type.startsWith('ARG_DEFAULT') && !match[1].includes('.') ? `@${match[1]}` : match[1];
    }
  }
  throw new Error(`no coordinate in ${change.type}: ${change.description}`);
}

function criticality(type) {
  if (type in BreakingChangeType) return 'breaking';
  if (type in DangerousChangeType) return 'dangerous';
  return 'safe';
}

function changes(oldPath, newPath, skipDescriptions) {
  const found = findSchemaChanges(loadSchema(oldPath), loadSchema(newPath));
  const kept = found.filter((change) => !skipDescriptions || change.type !== 'DESCRIPTION_CHANGED');
  const lines = kept.map((change) =>
    [criticality(change.type), change.type, coordinate(change), change.description.replace(/\s+/g, ' ')].join('\t'),
  );
  return lines.sort();
}

function validity(oldPath, newPath, files) {
  const schemas = [loadSchema(oldPath), loadSchema(newPath)];
  const fragments = new Map();
  const operations = [];
  for (const file of files) {
    const document = parse(readFileSync(file, 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      if (definition.kind === Kind.OPERATION_DEFINITION) operations.push({ file, definition });
    }
  }
  const lines = [];
  for (const { file, definition } of operations) {
    const spread = new Map();
    const pending = [definition];
    while (pending.length > 0) {
      visit(pending.pop(), {
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (fragment && !spread.has(node.name.value)) {
            spread.set(node.name.value, fragment);
            pending.push(fragment);
          }
        },
      });
    }
    const document = { kind: Kind.DOCUMENT, definitions: [definition, ...spread.values()] };
    const verdicts = schemas.map((schema) => (validate(schema, document).length === 0 ? 'valid' : 'invalid'));
    lines.push([file, definition.name?.value ?? '<anonymous>', ...verdicts].join('\t'));
  }
  return lines.sort();
}

const args = process.argv.slice(2);
const skipDescriptions = args.includes('--skip-descriptions');
const [command, oldPath, newPath, ...files] = args.filter((arg) => arg !== '--skip-descriptions');
const lines =
  command === 'changes' ? changes(oldPath, newPath, skipDescriptions) : command === 'validate' ? validity(oldPath, newPath, files) : null;
if (lines === null) {
  console.error('usage: node expect.mjs changes [--skip-descriptions] OLD NEW | validate OLD NEW FILE...');
  process.exit(2);
}
process.stdout.write(lines.map((line) => `${line}\n`).join(''));
