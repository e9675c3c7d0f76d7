/* A call through a pointer reaches only functions whose type is alike:
   when none of those can call back, the caller is in no cycle and gets
   no entry point (SQLite's getCellInfo calls xParseCell so, in its
   hottest loops).  A loose likeness errs towards a cycle: any pointer
   is like any other.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-points=auto" } */

extern int work (int);
struct cell { int (*parse) (struct cell *, int); int (*count) (int); };

static int
parse_leaf (struct cell *c, int n)
{
  return work (n) + (c != 0);
}

int
parse_cell (struct cell *c, int n)
{
  return c->parse (c, n) + 1;
}

int counts_back (struct cell *, int);
extern struct cell cells;

/* Alike (an int taking an int): counts_back's call through c->count can
   reach counter, which calls it back; the cycle gets its entry point in
   counts_back, the function making the call through a pointer.  */
int
counter (int n)
{
  return counts_back (&cells, n) + 2;
}

int
counts_back (struct cell *c, int n)
{
  return c->count (n) + parse_cell (c, n);
}

struct cell cells = { parse_leaf, counter };

/* A small wrapper whose call through a pointer closes a cycle: the
   functions it can reach in the cycle get the entry point instead, and
   the wrapper, whose call is in tail position, has no point at all, so
   that GCC can inline it (SQLite's sqlite3PagerGet).  */
struct pager { int (*get) (struct pager *, int); };

int
pager_get (struct pager *p, int n)
{
  return p->get (p, n);
}

static int
get_normal (struct pager *p, int n)
{
  return n > 0 ? pager_get (p, n - 1) + 1 : work (n);
}

struct pager pager = { get_normal };

/* { dg-final { scan-gearshift-dump "function parse_cell: instrumented, 1 points, frame \[0-9\]+ bytes$" } } */
/* { dg-final { scan-gearshift-dump "function counts_back: instrumented, 3 points, frame \[0-9\]+ bytes, recursive$" } } */
/* { dg-final { scan-gearshift-dump "function counter: instrumented, 1 points, frame \[0-9\]+ bytes$" } } */
/* { dg-final { scan-gearshift-dump "function pager_get: instrumented, 0 points, frame 0 bytes, passes$" } } */
/* { dg-final { scan-gearshift-dump "function get_normal: instrumented, 2 points, frame \[0-9\]+ bytes, recursive, passes$" } } */
/* { dg-final { scan-gearshift-dump-times ", recursive" 2 } } */
