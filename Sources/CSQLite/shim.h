#ifndef KAMERVRAGEN_CSQLITE_SHIM_H
#define KAMERVRAGEN_CSQLITE_SHIM_H

// The system SQLite (Debian's libsqlite3-dev, FTS5 compiled in). The dynamic build links
// libsqlite3.so; the fully static release build links libsqlite3.a.
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot
// import: it tells SQLite to copy a bound text before the call returns.
static inline sqlite3_destructor_type kv_sqlite_transient(void) { return SQLITE_TRANSIENT; }

#endif
