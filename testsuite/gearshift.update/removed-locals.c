/* Removed locals: version 1 of main keeps two locals that version 2 no
   longer has; they are dropped and the remaining ones carry over.  */
/* { dg-do run } */
/* { dg-versions "versions/removed-locals-v2/removed-locals.c=removed-locals-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  long squares = 0;
  unsigned mask = 0;
  for (int i = 0; i < 7; i++)
    {
      if (i == 3)
	gearshift_request_update ("./removed-locals-v2.so");
      total += i;
      squares += i * i;
      mask |= 1u << i;
      printf ("v1 i=%d total=%ld squares=%ld mask=%#x\n", i, total, squares,
	      mask);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 total=0 squares=0 mask=0x1\n" } */
/* { dg-output "v1 i=1 total=1 squares=1 mask=0x3\n" } */
/* { dg-output "v1 i=2 total=3 squares=5 mask=0x7\n" } */
/* { dg-output "v1 i=3 total=6 squares=14 mask=0xf\n" } */
/* { dg-output "v2 i=4 total=10\n" } */
/* { dg-output "v2 i=5 total=15\n" } */
/* { dg-output "v2 i=6 total=21\n" } */
/* { dg-output "status 0: updated to \[^ \]+/removed-locals-v2.so: 1 frames, 0 globals mapped, \[0-9\]+ functions redirected\n$" } */
