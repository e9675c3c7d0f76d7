/* Globals: existing ones keep the values version 1 gave them, while a
   global that only version 2 has starts from its own initialiser.  */
/* { dg-do run } */
/* { dg-versions "versions/global-added-v2/global-added.c=global-added-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int hits = 10;
long sum = 1000;
char tag[8] = "one";

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./global-added-v2.so");
      hits++;
      sum += i;
      tag[0] = 'a' + i;
      printf ("v1 i=%d hits=%d sum=%ld tag=%s\n", i, hits, sum, tag);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 hits=11 sum=1000 tag=ane\n" } */
/* { dg-output "v1 i=1 hits=12 sum=1001 tag=bne\n" } */
/* { dg-output "v1 i=2 hits=13 sum=1003 tag=cne\n" } */
/* { dg-output "v2 i=3 hits=14 sum=1006 tag=cne fresh=77 label=new\n" } */
/* { dg-output "v2 i=4 hits=15 sum=1010 tag=cne fresh=78 label=new\n" } */
/* { dg-output "v2 i=5 hits=16 sum=1015 tag=cne fresh=79 label=new\n" } */
/* { dg-output "status 0: updated to \[^ \]+/global-added-v2.so: 1 frames, 3 globals mapped, \[0-9\]+ functions redirected; new, from their initial values: label, fresh\n$" } */
