import { readFileSync } from 'node:fs';
import { getSchema, type Attribute, type AttributeArgument, type BlockAttribute, type Field, type Model } from '@mrleebo/prisma-ast';

/** A Prisma model as the database sees it: table and column names after @map / @@map. */
export interface ModelShape {
  model: string;
  table: string;
  /** Scalar and enum fields in declaration order; relation fields left out. */
  columns: Array<{ field: string; column: string; optional: boolean }>;
  /** @unique, @@unique and @@index, with the names Prisma gives them. */
  indexes: Array<{ name: string; columns: string[]; unique: boolean; where: string | undefined }>;
}

/** Parses a schema.prisma file with @mrleebo/prisma-ast. */
export function readPrismaSchema(path: string): ModelShape[] {
  return parsePrismaSchema(readFileSync(path, 'utf8'));
}

/** Parses schema.prisma text into the tables, columns and indexes it declares. */
export function parsePrismaSchema(text: string): ModelShape[] {
  const blocks = getSchema(text).list;
  const modelNames = new Set(blocks.filter((b): b is Model => b.type === 'model').map((model) => model.name));
  return blocks.filter((b): b is Model => b.type === 'model').map((model) => shapeOf(model, modelNames));
}

function shapeOf(model: Model, modelNames: Set<string>): ModelShape {
  const fields = model.properties.filter((p): p is Field => p.type === 'field');
  const blockAttributes = model.properties.filter((p): p is BlockAttribute => p.type === 'attribute');
  const table = unquote(firstArgument(blockAttributes.find((a) => a.name === 'map'))) ?? model.name;
  const columnOf = new Map<string, string>();
  const columns: ModelShape['columns'] = [];
  for (const field of fields) {
    if (typeof field.fieldType !== 'string' || modelNames.has(field.fieldType) || field.array) continue;
    const column = unquote(firstArgument(field.attributes?.find((a) => a.name === 'map'))) ?? field.name;
    columnOf.set(field.name, column);
    columns.push({ field: field.name, column, optional: field.optional === true });
  }
  const indexes: ModelShape['indexes'] = [];
  for (const field of fields) {
    if (field.attributes?.some((a) => a.name === 'unique')) {
      const column = columnOf.get(field.name) ?? field.name;
      indexes.push({ name: `${table}_${column}_key`, columns: [column], unique: true, where: undefined });
    }
  }
  for (const attribute of blockAttributes) {
    if (attribute.name !== 'index' && attribute.name !== 'unique') continue;
    const fieldsList = (attribute.args?.find((arg) => isArray(arg.value))?.value as { args: string[] }).args;
    const indexColumns = fieldsList.map((name) => columnOf.get(name) ?? name);
    const unique = attribute.name === 'unique';
    const map = unquote(keyValue(attribute, 'map') as string | undefined);
    const whereValue = keyValue(attribute, 'where') as { params?: string[] } | undefined;
    indexes.push({
      name: map ?? `${table}_${indexColumns.join('_')}_${unique ? 'key' : 'idx'}`,
      columns: indexColumns,
      unique,
      where: unquote(whereValue?.params?.[0]),
    });
  }
  return { model: model.name, table, columns, indexes };
}

function firstArgument(attribute: Attribute | BlockAttribute | undefined): string | undefined {
  const value = attribute?.args?.[0]?.value;
  return typeof value === 'string' ? value : undefined;
}

function keyValue(attribute: BlockAttribute, key: string): unknown {
  for (const arg of attribute.args ?? []) {
    const value = (arg as AttributeArgument).value as { type?: string; key?: string; value?: unknown };
    if (value && typeof value === 'object' && value.type === 'keyValue' && value.key === key) return value.value;
  }
  return undefined;
}

function isArray(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: string }).type === 'array';
}

function unquote(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return text.startsWith('"') && text.endsWith('"') ? JSON.parse(text) as string : text;
}
