/* Without a request, an instrumented program (loops, recursion, explicit
   points) behaves as without the plugin: its own output and exit status.  */
/* { dg-do run } */
/* { dg-exit-status 3 } */

#include <gearshift.h>
#include <stdio.h>
#include <string.h>

static int
fib (int n)
{
  gearshift_update_point ("fib");
  return n < 2 ? n : fib (n - 1) + fib (n - 2);
}

static int
count_words (const char *s)
{
  int words = 0, in = 0;
  for (; *s; s++)
    {
      int space = *s == ' ';
      words += !space && !in;
      in = !space;
    }
  return words;
}

int
main (int argc, char **argv)
{
  double acc = 0;
  for (int i = 1; i <= 10; i++)
    for (int j = 1; j <= i; j++)
      acc += 1.0 / (i * j);
  printf ("fib(20) = %d\n", fib (20));
  printf ("words = %d\n", count_words ("live updates for C programs"));
  printf ("acc = %.6f\n", acc);
  printf ("argc = %d, %s\n", argc, strrchr (argv[0], '/') ? "path" : "name");
  printf ("depth = %d\n", gearshift_stack_depth ());
  return 3;
}

/* { dg-output "^fib\\(20\\) = 6765\n" } */
/* { dg-output "words = 5\n" } */
/* { dg-output "acc = 5\\.064311\n" } */
/* { dg-output "argc = 1, path\n" } */
/* { dg-output "depth = -5\n$" } */
