/* Calls that may throw (unwind=eh, in the cleanup region of a scope
   whose local's address is taken) return a small union into a local on
   the side stack, from an argument there too: the rewrite of the
   locals makes each call return into a temporary and copies that after
   it, which must go to the call's normal exit, not after it in its block
   (csmith seed 52587537 at -O0: "statement marked for throw in middle of
   block").  The call of mix is no point (mix has none); the call of add
   is, and a capture inside add takes main's frame there, and the
   resumed call stores its result where main reads it.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

union u
{
  int i;
  char c[4];
};

union u *volatile seen;
volatile int rounds = 3;

static union u __attribute__ ((noinline))
add (union u x, int n)
{
  if (x.i == 2)
    gearshift_request_update (0);
  gearshift_update_point ("add");
  x.i += n;
  return x;
}

static union u __attribute__ ((noinline))
mix (union u x, int n)
{
  x.c[1] ^= n;
  return x;
}

int
main (void)
{
  union u a = { 1 };
  seen = &a;
  int sum = 0;
  for (int i = 0; i < rounds; i++)
    {
      union u r;
      seen = &r;
      r = add (a, 2);
      a.i++;
      sum += r.i;
      r = mix (a, 1);
      sum += r.i;
    }
  printf ("%d %d\n", sum, a.i);
  return 0;
}

/* { dg-output "^gearshift: captured 2 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 add \[^\n\]* at point \[0-9\]+ \"add\" \\(explicit, \[^\n\]*\\)\n" } */
/* { dg-output "    x = \\{\\.i = 2, \\.c = \\{2, 0, 0, 0\\}\\}\n    n = 2\n" } */
/* { dg-output "#1 main \[^\n\]* at point \[0-9\]+ \"call:add:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "(\[^\n\]*\n)*" } */
/* { dg-output "789 4\n$" } */
