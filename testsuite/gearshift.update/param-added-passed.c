/* Version 2 gives sum a pointer parameter, while a frame of sum is on
   the stack (the update arrives in its loop): the frame holds no value
   for it, but the new sum only writes through it, and its caller passes
   it again when it resumes the call (GS_FIELD_ARGUMENT), so the resumed
   sum counts the rest of its terms into the resumed main's new local.
   Compare param-added.c, whose new parameter is a number.  */
/* { dg-do run } */
/* { dg-versions "versions/param-added-passed-v2/param-added-passed.c=param-added-passed-v2.so" } */

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
	gearshift_request_update ("./param-added-passed-v2.so");
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
/* { dg-output "v2 i=2 sum=66000 terms=\[1-9\]\[0-9\]*\n" } */
/* { dg-output "v2 i=3 sum=76000 terms=8000\n" } */
/* { dg-output "status 0: updated to \[^ \]+/param-added-passed-v2.so: 2 frames, \[0-9\]+ globals mapped, \[0-9\]+ functions redirected\n$" } */
