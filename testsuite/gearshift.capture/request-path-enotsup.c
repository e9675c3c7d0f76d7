/* Requesting an update to a new version (a path) is not supported yet:
   it returns -GEARSHIFT_ENOTSUP, sets no request, and the program goes on.  */
/* { dg-do run } */

#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  int err = gearshift_request_update ("x.so");
  const char *detail = gearshift_error_detail ();
  printf ("returned %d, ENOTSUP %d\n", err, err == -GEARSHIFT_ENOTSUP);
  printf ("strerror: %s\n", gearshift_strerror (err));
  printf ("detail: %s\n", detail ? detail : "(none)");
  int sum = 0;
  for (int i = 0; i < 10; i++)
    {
      sum += i;
      gearshift_update_point ("no-request");
    }
  printf ("continued: %d\n", sum);
  return 0;
}

/* { dg-output "^returned -3, ENOTSUP 1\n" } */
/* { dg-output "strerror: not supported\n" } */
/* { dg-output "detail: loading a new version is not implemented yet\n" } */
/* { dg-output "continued: 45\n$" } */
