import type { ModelShape } from '../data/prisma-schema.js';

/** Names tables, columns and indexes in Prisma's terms, through @map and @@map. */
export interface PrismaNames {
  /** The schema edit that adds an index: `model Vehicle: @@index([ownerId, licensePlate])`. */
  addIndex(table: string, columns: string[], where: string | undefined): string | undefined;
  /** The schema edit that removes an index declared in the schema. */
  removeIndex(indexName: string): string | undefined;
}

export function prismaNames(models: ModelShape[]): PrismaNames {
  const byTable = new Map(models.map((model) => [model.table, model]));
  const fieldOf = (model: ModelShape, column: string) => model.columns.find((entry) => entry.column === column)?.field ?? column;
  return {
    addIndex(table, columns, where) {
      const model = byTable.get(table);
      if (!model) return undefined;
      const fields = columns.map((column) => {
        const [name = '', direction] = column.split(' ');
        return direction === 'DESC' ? `${fieldOf(model, name)}(sort: Desc)` : fieldOf(model, name);
      });
      const partial = where ? `, where: raw(${JSON.stringify(where)})` : '';
      return `model ${model.model}: @@index([${fields.join(', ')}]${partial})`;
    },
    removeIndex(indexName) {
      for (const model of models) {
        const index = model.indexes.find((entry) => entry.name === indexName);
        if (index) {
          const fields = index.columns.map((column) => fieldOf(model, column));
          return `model ${model.model}: remove @@${index.unique ? 'unique' : 'index'}([${fields.join(', ')}])`;
        }
      }
      return undefined;
    },
  };
}
