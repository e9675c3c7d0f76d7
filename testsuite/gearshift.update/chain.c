/* Two successive updates: version 1 is updated to version 2, which
   itself requests version 3; state flows through both.  */
/* { dg-do run } */
/* { dg-versions "versions/chain-v2/chain.c=chain-v2.so versions/chain-v3/chain.c=chain-v3.so" } */

#include <stdio.h>
#include <gearshift.h>

int updates_seen = 0;

static void
report (void)
{
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
}

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 9; i++)
    {
      if (i == 2)
	gearshift_request_update ("./chain-v2.so");
      total += i;
      printf ("v1 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  report ();
  return 0;
}

/* { dg-output "^v1 i=0 total=0\n" } */
/* { dg-output "v1 i=1 total=1\n" } */
/* { dg-output "v1 i=2 total=3\n" } */
/* { dg-output "status 0: updated to \[^ \]+/chain-v2.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected\n" } */
/* { dg-output "v2 i=3 total=33\n" } */
/* { dg-output "v2 i=4 total=73\n" } */
/* { dg-output "v2 i=5 total=123\n" } */
/* { dg-output "status 0: updated to \[^ \]+/chain-v3.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected\n" } */
/* { dg-output "v3 i=6 total=723 updates_seen=2\n" } */
/* { dg-output "v3 i=7 total=1423 updates_seen=2\n" } */
/* { dg-output "v3 i=8 total=2223 updates_seen=2\n" } */
/* { dg-output "status 0: updated to \[^ \]+/chain-v3.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected\n$" } */
