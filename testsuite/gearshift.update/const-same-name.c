/* Two constants of one name in one function, in different blocks, each
   keep their own address and take their own new contents.  */
/* { dg-do run } */
/* { dg-versions "versions/const-same-name-v2/const-same-name.c=const-same-name-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static const char * __attribute__ ((noinline))
pick (int which)
{
  if (which)
    {
      static const char word[] = "one";
      return word;
    }
  else
    {
      static const char word[] = "two";
      return word;
    }
}

int
main (void)
{
  const char *a = pick (1), *b = pick (0);
  for (int i = 0; i < 3; i++)
    {
      printf ("v1 i=%d a=%s b=%s same=%d%d\n", i, a, b, a == pick (1),
	      b == pick (0));
      if (i == 1)
	gearshift_request_update ("./const-same-name-v2.so");
      gearshift_update_point ("tick");
    }
  return 0;
}

/* { dg-output "^v1 i=0 a=one b=two same=11\nv1 i=1 a=one b=two same=11\n" } */
/* { dg-output "v2 i=2 a=uno b=dos same=11\n$" } */
