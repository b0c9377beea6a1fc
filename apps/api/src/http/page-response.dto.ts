import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

export interface PageResponse<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The response class of a paginated list of `item`, so each list gets its own named, documented schema
 * (`UserPageDto`, `AuditEntryPageDto`) without repeating the page fields.
 */
export function PageResponseOf<T>(item: Type<T>, name: string): Type<PageResponse<T>> {
  class PageOfItems implements PageResponse<T> {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({ example: 1, description: 'items matching the filter, over all pages' })
    total: number;

    @ApiProperty({ example: 1 })
    page: number;

    @ApiProperty({ example: 20 })
    pageSize: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: name });
  return PageOfItems;
}
