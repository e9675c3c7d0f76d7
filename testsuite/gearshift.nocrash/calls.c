/* Calls in every position: loop conditions, function pointers, recursion,
   const/pure/noreturn/static inline callees, __builtin_expect.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-gearshift-dump" } */

extern int more (int);
extern void fatal (const char *) __attribute__ ((noreturn));
extern int cheap (int) __attribute__ ((const));
extern int look (const int *) __attribute__ ((pure));

static inline int
twice (int x)
{
  return more (x) * 2;
}

static int
local_const (int x) __attribute__ ((const));
static int
local_const (int x)
{
  return x * 7 + 1;
}

int
cond_calls (int n)
{
  int s = 0;
  while (more (s) < n && twice (s) != 3)
    s += __builtin_expect (more (n), 0) ? 2 : 1;
  if (__builtin_expect (s < 0, 0))
    fatal ("negative");
  return s + cheap (s) + look (&s) + local_const (s);
}

int
through_pointers (int (**table) (int), int n)
{
  int acc = 0;
  for (int i = 0; i < n; i++)
    acc += table[i & 3] (acc);
  int (*fp) (int) = acc > 0 ? more : twice;
  return fp (acc) + (*table[0]) (n);
}

int
ackermann (int m, int n)
{
  if (m == 0)
    return n + 1;
  if (n == 0)
    return ackermann (m - 1, 1);
  return ackermann (m - 1, ackermann (m, n - 1));
}

static int ping (int);

static int
pong (int n)
{
  return n <= 0 ? more (n) : ping (n - 1) + 1;
}

static int
ping (int n)
{
  return n <= 0 ? 0 : pong (n - 2) * 2;
}

int
mutual (int n)
{
  return ping (n) + pong (n);
}

struct big { char bytes[256]; };
extern struct big produce (int);

struct big
relay (int n)
{
  struct big b = produce (n);
  for (int i = 0; i < n; i++)
    b = produce (b.bytes[i & 255]);
  return b;
}

int
tail_calls (int n)
{
  if (n > 10)
    return tail_calls (n - 1);
  return more (n);
}

int
builtins_only (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += __builtin_popcount (a[i]) + __builtin_ctz (a[i] | 1);
  __builtin_memset (a, 0, n * sizeof (int));
  return s;
}
