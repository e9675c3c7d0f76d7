/* Recursion through a function pointer (a visitor over an expression
   tree), updated at every loop header and explicit point on the way.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

struct expr
{
  char op;
  long value;
  const struct expr *kids[3];
};

typedef long (*eval_fn) (const struct expr *, int);

static long eval_node (const struct expr *, int);
static volatile eval_fn evaluator = eval_node;

static long __attribute__ ((noinline))
eval_node (const struct expr *e, int depth)
{
  gearshift_update_point ("node");
  if (e->op == 'n')
    return e->value;
  long acc = e->op == '*' ? 1 : 0;
  for (int i = 0; i < 3 && e->kids[i]; i++)
    {
      long v = evaluator (e->kids[i], depth + 1);
      acc = e->op == '*' ? acc * v % 1000003 : e->op == '-' && i ? acc - v
								 : acc + v;
    }
  return acc + depth;
}

int
main (void)
{
  static const struct expr n1 = { 'n', 3 }, n2 = { 'n', 7 }, n3 = { 'n', -2 };
  static const struct expr s1 = { '+', 0, { &n1, &n2, &n3 } };
  static const struct expr m1 = { '*', 0, { &s1, &n2, &s1 } };
  static const struct expr d1 = { '-', 0, { &m1, &s1 } };
  static const struct expr top = { '+', 0, { &d1, &m1, &d1 } };
  long total = 0;
  for (int r = 0; r < 5; r++)
    total = total * 7 + evaluator (&top, r);
  printf ("total = %ld\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total = 6892791\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
