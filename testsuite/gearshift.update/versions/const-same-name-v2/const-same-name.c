/* Version 2 of const-same-name.c: other words.  */




#include <stdio.h>
#include <gearshift.h>

static const char * __attribute__ ((noinline))
pick (int which)
{
  if (which)
    {
      static const char word[] = "uno";
      return word;
    }
  else
    {
      static const char word[] = "dos";
      return word;
    }
}

int
main (void)
{
  const char *a = pick (1), *b = pick (0);
  for (int i = 0; i < 3; i++)
    {
      printf ("v2 i=%d a=%s b=%s same=%d%d\n", i, a, b, a == pick (1),
	      b == pick (0));
      if (i == 1)
	;;
      gearshift_update_point ("tick");
    }
  return 0;
}

