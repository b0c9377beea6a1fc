export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export function pageOffset(request: PageRequest): number {
  return (request.page - 1) * request.pageSize;
}
