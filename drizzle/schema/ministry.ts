import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const ministries = pgTable('ministries', {
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull(),
  digitoimisto: boolean('digitoimisto').notNull().default(false),
});
