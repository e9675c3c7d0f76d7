/* Calls in tail position have no unwind point: the capture passes their
   frames by and records only the frames that still have work to do.
   GCC cannot make these calls jumps (the callee takes arguments on the
   stack that the caller was not given), so their frames are on the
   stack when the capture walks it; main itself returns what run
   returns.  Resumed, the callers enter the callees' low-gear clones
   directly, and the program computes what it computes without updates
   (h = 163009582132703817, exit status 73).  */
/* { dg-do run } */
/* { dg-exit-status 73 } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

static long __attribute__ ((noinline))
mix8 (long a, long b, long c, long d, long e, long f, long g, long h)
{
  long acc = a;
  for (long i = 0; i < 4; i++)
    {
      if (a == 5 && i == 2)
	gearshift_request_update (0);
      acc = acc * 31 + b + c * i + d - e + f * g + h;
      gearshift_update_point ("mix");
    }
  return acc;
}

/* A wrapper: its call is in tail position.  */
static long __attribute__ ((noinline))
wrap (long x)
{
  return mix8 (x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7);
}

typedef long (*mixer) (long, long, long, long, long, long, long, long);
static mixer volatile pick = mix8;

/* Through a pointer, in tail position too.  */
static long __attribute__ ((noinline))
wrap_ptr (long x)
{
  return pick (x, 2, 3, 4, 5, 6, 7, 8) ;
}

static int __attribute__ ((noinline))
run (int n, int a, int b, int c, int d, int e, int f, int g)
{
  long h = a + b + c + d + e + f + g;
  for (int i = 0; i < n; i++)
    h = h * 33 + wrap (i) + wrap_ptr (i + 1);
  printf ("h = %ld\n", h);
  return (int) (h & 0x7f);
}

int
main (void)
{
  return run (8, 0, 0, 0, 0, 0, 0, 1);
}

/* Two captures, where mix8 has a == 5: called by wrap_ptr (i == 4),
   then by wrap (i == 5).  The wrapper and main pass; run waits at its
   call to the wrapper, and a resume enters mix8 from there.  */
/* { dg-output "^gearshift: captured 2 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 mix8 \[^\n\]* at point \[0-9\]+ \"mix\" \[^\n\]*\n" } */
/* { dg-output "    a = 5\n    b = 2\n(    \[^\n\]*\n)*" } */
/* { dg-output "#1 run \[^\n\]* at point \[0-9\]+ \"call:wrap_ptr:1\" \[^\n\]*\n" } */
/* { dg-output "    n = 8\n    i = 4\n" } */
/* { dg-output "gearshift: captured 2 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 mix8 \[^\n\]* at point \[0-9\]+ \"mix\" \[^\n\]*\n" } */
/* { dg-output "    a = 5\n    b = 6\n(    \[^\n\]*\n)*" } */
/* { dg-output "#1 run \[^\n\]* at point \[0-9\]+ \"call:wrap:1\" \[^\n\]*\n" } */
/* { dg-output "    n = 8\n    i = 5\n" } */
/* { dg-output "h = 163009582132703817\n$" } */
