/* A malloc'd binary search tree built, walked and freed by recursive
   functions updated at every entry: heap data is untouched by updates.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

struct tree
{
  int key;
  int count;
  struct tree *left, *right;
};

static struct tree * __attribute__ ((noinline))
insert (struct tree *t, int key)
{
  if (!t)
    {
      t = malloc (sizeof *t);
      t->key = key;
      t->count = 1;
      t->left = t->right = NULL;
      return t;
    }
  if (key < t->key)
    t->left = insert (t->left, key);
  else if (key > t->key)
    t->right = insert (t->right, key);
  else
    t->count++;
  return t;
}

static long __attribute__ ((noinline))
walk (const struct tree *t, int depth, int *maxdepth)
{
  if (!t)
    return 0;
  if (depth > *maxdepth)
    *maxdepth = depth;
  long left = walk (t->left, depth + 1, maxdepth);
  long here = (long) t->key * t->count;
  return left * 3 % 1000003 + here + walk (t->right, depth + 1, maxdepth);
}

static int __attribute__ ((noinline))
release (struct tree *t)
{
  if (!t)
    return 0;
  int n = release (t->left) + release (t->right) + 1;
  free (t);
  return n;
}

int
main (void)
{
  struct tree *root = NULL;
  unsigned v = 12345;
  for (int i = 0; i < 400; i++)
    {
      v = v * 1103515245u + 12345u;
      root = insert (root, (int) (v >> 16) % 500);
    }
  int maxdepth = 0;
  long w = walk (root, 0, &maxdepth);
  printf ("walk=%ld depth=%d nodes=%d\n", w, maxdepth, release (root));
  fflush (stdout);
  return 0;
}

/* { dg-output "^walk=1597608 depth=19 nodes=279\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
