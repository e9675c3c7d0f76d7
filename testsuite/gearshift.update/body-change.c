/* A body change: the loop in main is updated mid-run to a version whose
   step () computes differently; locals and globals carry over.  */
/* { dg-do run } */
/* { dg-versions "versions/body-change/body-change.c=body-change-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int counter = 100;
static int scale = 2;

int
step (int i)
{
  return i * scale;
}

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 8; i++)
    {
      if (i == 4)
	gearshift_request_update ("./body-change-v2.so");
      total += step (i);
      counter++;
      printf ("v1 i=%d total=%ld counter=%d\n", i, total, counter);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=4 total=20 counter=105\n" } */
/* { dg-output "v2 i=5 total=1020 counter=106\n" } */
/* { dg-output "v2 i=6 total=2220 counter=107\n" } */
/* { dg-output "v2 i=7 total=3620 counter=108\n" } */
/* scale is never written: from -O1, GCC finds it read-only, and it keeps
   the new version's value rather than being mapped.  */
/* { dg-output "status 0: updated to \[^ \]+/body-change-v2.so: 1 frames, \[12\] globals mapped, \[0-9\]+ functions redirected\n" } */
