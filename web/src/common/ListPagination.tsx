import { Pagination } from 'react-admin';

// The API hands out at most 100 records a request; larger pages would cost several.
export const ListPagination = () => <Pagination rowsPerPageOptions={[10, 25, 50, 100]} />;
