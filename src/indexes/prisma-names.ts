import type { ModelShape } from '../data/prisma-schema.js';

/** Names tables, columns and indexes in Prisma's terms, through @map and @@map. */
export interface PrismaNames {
  /** The schema edit that adds an index: `model Vehicle: @@index([ownerId, licensePlate])`. */
  addIndex(table: string, columns: string[], where: string | undefined): string | undefined;
  /** The schema edit that removes an index declared in the schema. */
  removeIndex(indexName: string): string | undefined;
  /** The schema edit that puts an index on `columns` in place of one declared in the schema. */
  replaceIndex(indexName: string, columns: string[], where: string | undefined): string | undefined;
}

export function prismaNames(models: ModelShape[]): PrismaNames {
  const byTable = new Map(models.map((model) => [model.table, model]));
  const fieldOf = (model: ModelShape, column: string) => model.columns.find((entry) => entry.column === column)?.field ?? column;
  const newIndex = (model: ModelShape, columns: string[], where: string | undefined) => {
    const fields = columns.map((column) => {
      const [name = '', direction] = column.split(' ');
      return direction === 'DESC' ? `${fieldOf(model, name)}(sort: Desc)` : fieldOf(model, name);
    });
    const partial = where ? `, where: raw(${JSON.stringify(where)})` : '';
    return `@@index([${fields.join(', ')}]${partial})`;
  };
  const declared = (indexName: string) => {
    for (const model of models) {
      const index = model.indexes.find((entry) => entry.name === indexName);
      if (index) return { model, text: `@@${index.unique ? 'unique' : 'index'}([${index.columns.map((column) => fieldOf(model, column)).join(', ')}])` };
    }
    return undefined;
  };
  return {
    addIndex(table, columns, where) {
      const model = byTable.get(table);
      return model ? `model ${model.model}: ${newIndex(model, columns, where)}` : undefined;
    },
    removeIndex(indexName) {
      const found = declared(indexName);
      return found ? `model ${found.model.model}: remove ${found.text}` : undefined;
    },
    replaceIndex(indexName, columns, where) {
      const found = declared(indexName);
      return found ? `model ${found.model.model}: replace ${found.text} with ${newIndex(found.model, columns, where)}` : undefined;
    },
  };
}
