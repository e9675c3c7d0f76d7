/* Version 2 gives sum a parameter, while a frame of sum is on the
   stack (the update arrives in its loop): the frame holds no value for
   it, and zero is not what the caller passed, so the update is refused,
   naming the parameter; version 1 goes on.  (Found by a heap test:
   the restored sum wrote through a null pointer.)  A pointer parameter
   that the new version takes from its caller is another matter:
   param-added-passed.c.  */
/* { dg-do run } */
/* { dg-versions "versions/param-added-v2/param-added.c=param-added-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static int values[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
static int count = 8000;	/* Long enough for sum's loop to check.  */

static int __attribute__ ((noinline))
sum (void)
{
  int s = 0;
  for (int k = 0; k < count; k++)
    s += values[k % 8];
  return s;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./param-added-v2.so");
      values[i] += 10;
      printf ("v1 i=%d sum=%d\n", i, sum ());
      gearshift_update_point ("tick");
    }
  char msg[1024];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 sum=46000\n" } */
/* { dg-output "v1 i=1 sum=56000\n" } */
/* { dg-output "v1 i=2 sum=66000\n" } */
/* { dg-output "v1 i=3 sum=76000\n" } */
/* { dg-output "status -8: update to \[^ \]+/param-added-v2.so refused: parameter weights of sum is not in the frame of sum stopped at point \"loop1\" \\(new, or not kept there by the running version\\), so it would start at zero, not at what its caller passed; a GEARSHIFT_TRANSFORM_FRAME \\(sum, fn\\) can set it\n$" } */
