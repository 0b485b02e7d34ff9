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
 * A representation of the literals of the enumeration '<em><b>Question</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.leefwereld.method.relation.model.RelationPackage#getQuestion()
 * @model
 * @generated
 */
public enum Question implements Enumerator {
	/**
	 * The '<em><b>PROBLEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBLEM_VALUE
	 * @generated
	 * @ordered
	 */
	PROBLEM(0, "PROBLEM", "problem"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HELP REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELP_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	HELP_REQUEST(1, "HELP_REQUEST", "help-request"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHARE IN SOLUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARE_IN_SOLUTION_VALUE
	 * @generated
	 * @ordered
	 */
	SHARE_IN_SOLUTION(2, "SHARE_IN_SOLUTION", "share-in-solution"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROBLEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBLEM
	 * @model literal="problem"
	 * @generated
	 * @ordered
	 */
	public static final int PROBLEM_VALUE = 0;

	/**
	 * The '<em><b>HELP REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELP_REQUEST
	 * @model literal="help-request"
	 * @generated
	 * @ordered
	 */
	public static final int HELP_REQUEST_VALUE = 1;

	/**
	 * The '<em><b>SHARE IN SOLUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARE_IN_SOLUTION
	 * @model literal="share-in-solution"
	 * @generated
	 * @ordered
	 */
	public static final int SHARE_IN_SOLUTION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Question</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Question[] VALUES_ARRAY =
		new Question[] {
			PROBLEM,
			HELP_REQUEST,
			SHARE_IN_SOLUTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Question</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Question> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Question</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Question get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Question result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Question</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Question getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Question result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Question</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Question get(int value) {
		switch (value) {
			case PROBLEM_VALUE: return PROBLEM;
			case HELP_REQUEST_VALUE: return HELP_REQUEST;
			case SHARE_IN_SOLUTION_VALUE: return SHARE_IN_SOLUTION;
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
	private Question(int value, String name, String literal) {
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
	
} //Question
