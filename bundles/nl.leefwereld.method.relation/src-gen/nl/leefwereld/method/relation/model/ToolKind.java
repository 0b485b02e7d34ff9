/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Tool Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.leefwereld.method.relation.model.RelationPackage#getToolKind()
 * @model
 * @generated
 */
public enum ToolKind implements Enumerator {
	/**
	 * The '<em><b>SCALING QUESTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALING_QUESTION_VALUE
	 * @generated
	 * @ordered
	 */
	SCALING_QUESTION(0, "SCALING_QUESTION", "scaling-question"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXCEPTION QUESTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCEPTION_QUESTION_VALUE
	 * @generated
	 * @ordered
	 */
	EXCEPTION_QUESTION(1, "EXCEPTION_QUESTION", "exception-question"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MIRACLE QUESTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIRACLE_QUESTION_VALUE
	 * @generated
	 * @ordered
	 */
	MIRACLE_QUESTION(2, "MIRACLE_QUESTION", "miracle-question"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COPING QUESTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPING_QUESTION_VALUE
	 * @generated
	 * @ordered
	 */
	COPING_QUESTION(3, "COPING_QUESTION", "coping-question"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPLIMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLIMENT_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLIMENT(4, "COMPLIMENT", "compliment"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SCALING QUESTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALING_QUESTION
	 * @model literal="scaling-question"
	 * @generated
	 * @ordered
	 */
	public static final int SCALING_QUESTION_VALUE = 0;

	/**
	 * The '<em><b>EXCEPTION QUESTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCEPTION_QUESTION
	 * @model literal="exception-question"
	 * @generated
	 * @ordered
	 */
	public static final int EXCEPTION_QUESTION_VALUE = 1;

	/**
	 * The '<em><b>MIRACLE QUESTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIRACLE_QUESTION
	 * @model literal="miracle-question"
	 * @generated
	 * @ordered
	 */
	public static final int MIRACLE_QUESTION_VALUE = 2;

	/**
	 * The '<em><b>COPING QUESTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPING_QUESTION
	 * @model literal="coping-question"
	 * @generated
	 * @ordered
	 */
	public static final int COPING_QUESTION_VALUE = 3;

	/**
	 * The '<em><b>COMPLIMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLIMENT
	 * @model literal="compliment"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLIMENT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Tool Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ToolKind[] VALUES_ARRAY =
		new ToolKind[] {
			SCALING_QUESTION,
			EXCEPTION_QUESTION,
			MIRACLE_QUESTION,
			COPING_QUESTION,
			COMPLIMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Tool Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ToolKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Tool Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToolKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ToolKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tool Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToolKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ToolKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tool Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToolKind get(int value) {
		switch (value) {
			case SCALING_QUESTION_VALUE: return SCALING_QUESTION;
			case EXCEPTION_QUESTION_VALUE: return EXCEPTION_QUESTION;
			case MIRACLE_QUESTION_VALUE: return MIRACLE_QUESTION;
			case COPING_QUESTION_VALUE: return COPING_QUESTION;
			case COMPLIMENT_VALUE: return COMPLIMENT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ToolKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ToolKind
