/* A static that version 1 never writes is found read-only by GCC
   (placed in .rodata, folded into its readers); version 2 writes it.
   The update must not give version 2 the running one's read-only
   variable: it keeps its own, with its own initial value, and writing
   it works.  A written static keeps its value as ever.  */
/* { dg-do run } */
/* { dg-versions "versions/static-found-readonly/static-found-readonly.c=static-found-readonly-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static int step = 3;		/* Never written here.  */
static int total;

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./static-found-readonly-v2.so");
      total += step;
      printf ("v1 i=%d total=%d step=%d\n", i, total, step);
      gearshift_update_point ("tick");
    }
  return 0;
}

/* { dg-output "v1 i=0 total=3 step=3\n" } */
/* { dg-output "v1 i=1 total=6 step=3\n" } */
/* { dg-output "v1 i=2 total=9 step=3\n" } */
/* { dg-output "v2 i=3 total=19 step=10\n" } */
/* { dg-output "v2 i=4 total=29 step=10\n" } */
/* { dg-output "v2 i=5 total=39 step=10\n" } */
