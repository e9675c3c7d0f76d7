/* Recursion with no loop at all, through a small wrapper that calls
   through a pointer (eval picks the node's handler from a table, as
   SQLite's sqlite3PagerGet calls pPager->xGet): the entry points that
   break the cycle go to the handlers, and the wrapper, whose call is in
   tail position, has no point.  An update at every point reached lands
   at each add and mul node's entry (3 x 1023), beside build's recursion
   (2047) and main's points: some 5100 updates, against some 2000 were
   the cycle left without a point; the result is the plain build's.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <stdio.h>

struct node
{
  int kind;
  long value;
  const struct node *left, *right;
};

typedef long (*handler) (const struct node *, long);
static const handler *handlers;

/* The wrapper.  */
static long
eval (const struct node *n, long depth)
{
  return handlers[n->kind] (n, depth + 1);
}

static long
leaf (const struct node *n, long depth)
{
  return n->value * depth;
}

static long
add (const struct node *n, long depth)
{
  return eval (n->left, depth) + eval (n->right, depth) + 1;
}

static long
mul (const struct node *n, long depth)
{
  return eval (n->left, depth) * eval (n->right, depth) % 1000003;
}

static const handler table[] = { leaf, add, mul };

/* A full tree of DEPTH levels, alternating add and mul.  */
static struct node pool[1 << 12];
static int used;

static const struct node *
build (int depth)
{
  struct node *n = &pool[used++];
  if (depth == 0)
    {
      n->kind = 0;
      n->value = used % 7 + 1;
      return n;
    }
  n->kind = 1 + depth % 2;
  n->left = build (depth - 1);
  n->right = build (depth - 1);
  return n;
}

int
main (void)
{
  handlers = table;
  const struct node *root = build (10);
  long total = 0;
  for (int r = 0; r < 3; r++)
    total = total * 31 + eval (root, r);
  printf ("total = %ld\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total = 609063046\n" } */
/* { dg-output "gearshift: \[4-9\]\[0-9\]\[0-9\]\[0-9\] updates, 0 declined\[^\n\]*\n$" } */
