/* Two explicit points with one label in one function: the second is
   renamed label#2 with a warning; the same label in another is fine.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <gearshift.h>

extern int work (int);

int
twice (int n)
{
  gearshift_update_point ("here");
  n = work (n);
  gearshift_update_point ("here"); /* { dg-warning "update point label 'here' is used more than once in 'twice'; this one is 'here#2'" } */
  n = work (n);
  gearshift_update_point ("here"); /* { dg-warning "this one is 'here#3'" } */
  return n;
}

int
other (int n)
{
  gearshift_update_point ("here");
  return work (n);
}

/* { dg-final { scan-gearshift-dump-times " here kind=explicit" 2 } } */
/* { dg-final { scan-gearshift-dump-times " here#2 kind=explicit line 15" 1 } } */
/* { dg-final { scan-gearshift-dump-times " here#3 kind=explicit line 17" 1 } } */
